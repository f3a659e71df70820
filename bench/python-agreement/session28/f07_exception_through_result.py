from collections import Counter
from concurrent.futures import ThreadPoolExecutor


def parse_port(text: str) -> int:
    port = int(text)  # ValueError for junk
    if not 0 < port < 65536:
        raise OverflowError(f"port {port} out of range")
    return port


inputs = ["80", "http", "443", "70000", "8080"]
outcomes: Counter[str] = Counter()
ports: list[int] = []

with ThreadPoolExecutor() as pool:
    futures = [pool.submit(parse_port, text) for text in inputs]
    for text, fut in zip(inputs, futures):
        try:
            ports.append(fut.result())
            outcomes["ok"] += 1
        except ValueError as exc:
            outcomes["value"] += 1
            print(f"{text!r}: {exc}")
        except OverflowError as exc:
            outcomes["range"] += 1
            print(f"{text!r}: {exc}")

errors = sum(1 for fut in futures if fut.exception() is not None)
ok = outcomes["ok"]
print(f"ports={ports} outcomes={dict(outcomes)} errors={errors}")
assert ports == [80, 443, 8080] and errors == 2 and ok == 3

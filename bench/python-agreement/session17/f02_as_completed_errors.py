# no bug: as_completed collects results and records the job that raised
import concurrent.futures
import time


def parse_record(raw: str) -> int:
    time.sleep(0.001 * len(raw))
    if not raw.isdigit():
        raise ValueError(f"bad record {raw!r}")
    return int(raw)


records = ["12", "x7", "300", "4"]
parsed = {}
errors = []

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    future_to_raw = {pool.submit(parse_record, r): r for r in records}
    for future in concurrent.futures.as_completed(future_to_raw):
        raw = future_to_raw[future]
        try:
            parsed[raw] = future.result()
        except ValueError as exc:
            errors.append(raw)
            print("skipping:", exc)

print(parsed, errors)
assert sum(parsed.values()) == 316
assert errors == ["x7"]

from concurrent.futures import ThreadPoolExecutor

ok_results = []
errors = 0


def parse(text):
    if not text.isdigit():
        raise ValueError(f"bad number: {text}")
    return int(text)


inputs = ["12", "x", "7", ""]
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse, s) for s in inputs]
    for fut in futures:
        try:
            ok_results.append(fut.result())
        except ValueError:
            errors += 1

print(ok_results, errors)

# Expected: the job for 0 raises ZeroDivisionError; result() re-raises it in the main thread where it is caught (errors == 1, ok_count == 3).
from concurrent.futures import ThreadPoolExecutor

errors = 0
ok_count = 0


def invert(x):
    return 100 // x


with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(invert, x) for x in [5, 0, 10, 20]]
    for f in futures:
        try:
            f.result()
            ok_count += 1
        except ZeroDivisionError as exc:
            print(f"job failed: {exc}")
            errors += 1
print(errors, ok_count)

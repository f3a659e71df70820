"""int() of text in a pool job: '7.0' and '' raise ValueError, ' 8 ' parses."""
from concurrent.futures import ThreadPoolExecutor

RAW = [" 8 ", "7.0", "", "-3"]
parsed = []
bad = 0


def parse(i):
    return int(RAW[i])


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse, i) for i in range(4)]
for f in futures:
    try:
        parsed.append(f.result())
    except ValueError:
        bad += 1
print(parsed, bad)

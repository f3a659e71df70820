# splitlines of text with \r\n and \r line ends, handed to a pool's map: each line (the empty one
# too) goes to a pool job that returns its length; the results are summed in the order of map.
from concurrent.futures import ThreadPoolExecutor

RAW = "first line\r\nsecond\rthird one\n\nlast"


def measure(line):
    return len(line)


lines = RAW.splitlines()
with ThreadPoolExecutor(max_workers=2) as pool:
    sizes = list(pool.map(measure, lines))
total = sum(sizes)
first = sizes[0]
print(sizes, total, first, len(lines))

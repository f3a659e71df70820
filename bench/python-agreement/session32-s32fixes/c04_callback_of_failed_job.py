# A job that raises: its done callback's fut.result() raises the job's ValueError inside an expression;
# CPython logs it ("exception calling callback") and the worker goes on to the next job, whose callback
# counts. One worker.
from concurrent.futures import ThreadPoolExecutor

lines = []


def parse(text):
    return int(text)


def record(fut):
    lines.append(f"parsed {fut.result()}")


executor = ThreadPoolExecutor(max_workers=1)
bad = executor.submit(parse, "x")
bad.add_done_callback(record)
good = executor.submit(parse, "7")
good.add_done_callback(record)
executor.shutdown(wait=True)
print(lines)

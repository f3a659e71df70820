"""future.exception() gives the exception object: its type name and text are the job's."""
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=1) as executor:
    future = executor.submit(parse, "12x")
    error = future.exception()
    kind = type(error).__name__
    text = str(error)
    ok_future = executor.submit(parse, "12")
    none_error = 1 if ok_future.exception() is None else 0
print(kind, text, none_error)

"""A job that raises SystemExit in a thread pool: the future holds it; result() re-raises it in main."""
from concurrent.futures import ThreadPoolExecutor

outcome = ""


def job():
    raise SystemExit(3)


with ThreadPoolExecutor(max_workers=1) as executor:
    future = executor.submit(job)
    try:
        future.result()
        outcome = "value"
    except SystemExit:
        outcome = "exit"
print(outcome)

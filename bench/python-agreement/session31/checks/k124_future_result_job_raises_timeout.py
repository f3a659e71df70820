# a pool job raises TimeoutError itself (its own socket time-out); the caller's result(timeout=1) passes it on
from concurrent.futures import ThreadPoolExecutor

outcome = ""


def call_service():
    raise TimeoutError("socket timed out")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(call_service)
    try:
        f.result(timeout=1)
        outcome = "ok"
    except TimeoutError as e:
        outcome = "timeout: " + str(e)
print(outcome)

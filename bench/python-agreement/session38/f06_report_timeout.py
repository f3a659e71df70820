# A report generator waits at most 50 ms for each section; slow sections are marked as timed out and
# the report is assembled from the rest.
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

SECTIONS = {"sales": 0.001, "returns": 0.2, "stock": 0.002}


def render(section):
    time.sleep(SECTIONS[section])
    return f"<{section}>"


report = []
timed_out = []
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [(name, pool.submit(render, name)) for name in SECTIONS]
    for name, future in futures:
        try:
            report.append(future.result(timeout=0.05))
        except TimeoutError:
            timed_out.append(name)

print(f"report={''.join(report)} timed_out={timed_out}")

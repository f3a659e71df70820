"""A report with a slow section: result(timeout=...) gives up on it and uses a placeholder."""
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def section(title, delay):
    time.sleep(delay)
    return f"{title}: ok"


report = []
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {
        "sales": pool.submit(section, "sales", 0.002),
        "forecast": pool.submit(section, "forecast", 0.2),
        "costs": pool.submit(section, "costs", 0.003),
    }
    for title, fut in futures.items():
        try:
            report.append(fut.result(timeout=0.05))
        except TimeoutError:
            report.append(f"{title}: pending")
print("\n".join(report))
print("sections:", len(report))

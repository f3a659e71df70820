import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed

URLS = ["a.io", "bb.io", "ccc.io", "dddd.io"]
FLAKY = {"bb.io": 2, "dddd.io": 5}
attempts: Counter = Counter()
sizes: dict[str, int] = {}
failed: list[str] = []


def fetch(url: str) -> int:
    for attempt in range(3):
        attempts[url] += 1
        if attempt >= FLAKY.get(url, 0):
            return len(url) * 100
        time.sleep(0.001 * 2 ** attempt)  # back off
    raise ConnectionError(f"{url} kept failing")


with ThreadPoolExecutor(max_workers=2) as executor:
    future_to_url = {executor.submit(fetch, url): url for url in URLS}
    for future in as_completed(future_to_url):
        url = future_to_url[future]
        try:
            sizes[url] = future.result()
        except ConnectionError:
            failed.append(url)

total_attempts = sum(attempts.values())
print(sizes, failed, total_attempts)
assert failed == ["dddd.io"] and total_attempts == 1 + 3 + 1 + 3

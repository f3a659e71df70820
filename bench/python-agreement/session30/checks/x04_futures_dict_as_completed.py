import time
from concurrent.futures import ThreadPoolExecutor, as_completed

scores = {}
failed = []


def score(name):
    time.sleep(0.001 * len(name))
    if name == "eve":
        raise KeyError(name)
    return len(name) * 10


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {pool.submit(score, n): n for n in ("al", "eve", "bobby")}
    for future in as_completed(futures):
        name = futures[future]
        try:
            scores[name] = future.result()
        except KeyError:
            failed.append(name)

order = list(scores)
print(scores, failed, order)

# as_completed over simulated downloads: record sizes as they finish, count failures, sum what arrived.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

SIZES = {"index.html": 12, "logo.png": 40, "missing.css": -1, "app.js": 25}
received = {}
errors = []
total_bytes = 0


def fetch(name):
    size = SIZES[name]
    time.sleep(max(size, 1) / 10000)
    if size < 0:
        raise FileNotFoundError(name)
    return size


with ThreadPoolExecutor(max_workers=3) as executor:
    future_to_name = {executor.submit(fetch, name): name for name in SIZES}
    for future in as_completed(future_to_name):
        name = future_to_name[future]
        try:
            size = future.result()
        except FileNotFoundError as exc:
            errors.append(f"404 {exc}")
        else:
            received[name] = size
            total_bytes += size

print(f"received {len(received)} files, {total_bytes} bytes, errors={errors}")

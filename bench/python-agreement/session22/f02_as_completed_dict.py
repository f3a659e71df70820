import concurrent.futures
import time

PAGES = {"home": 0.03, "about": 0.01, "blog": 0.02, "contact": 0.005}


def download(name):
    time.sleep(PAGES[name])
    return f"<html>{name}</html>"


sizes = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
    future_to_name = {executor.submit(download, name): name for name in PAGES}
    for future in concurrent.futures.as_completed(future_to_name):
        name = future_to_name[future]
        try:
            body = future.result()
        except Exception as exc:
            print(f"{name} failed: {exc}")
        else:
            sizes[name] = len(body)

for name in sorted(sizes):
    print(name, sizes[name])

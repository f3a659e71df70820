import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

images = [("cat.png", 800, 600), ("dog.jpg", 1024, 768), ("logo.gif", 120, 40), ("map.png", 2000, 1000)]
progress = {"done": 0}
progress_lock = threading.Lock()


def resize(name, width, height, max_width=400):
    if width <= max_width:
        result = (name, (width, height), False)
    else:
        scale = max_width / width
        result = (name, (max_width, int(height * scale)), True)
    with progress_lock:
        progress["done"] += 1
    return result


resized = {}
skipped = []
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(resize, name, w, h): name for name, w, h in images}
    for future in as_completed(futures):
        name, new_size, changed = future.result()
        if changed:
            resized[name] = new_size
        else:
            skipped.append(name)

print("progress", progress["done"], "resized", sorted(resized.items()), "skipped", skipped)

import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def resize(size):
    time.sleep(size / 1000)
    return f"{size}x{size}"


sizes = [10, 20, 300]
out = []
with ThreadPoolExecutor(max_workers=3) as pool:
    try:
        for thumb in pool.map(resize, sizes, timeout=0.1):
            out.append(thumb)
    except TimeoutError:
        out.append("timeout")

print(out)

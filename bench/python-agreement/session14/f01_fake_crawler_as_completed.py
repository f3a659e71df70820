# Expected: every URL is fetched once (pages has 4 entries, total_bytes == 4200); no bug
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

URLS = {
    "a.example": 1000,
    "b.example": 500,
    "c.example": 2000,
    "d.example": 700,
}
pages = {}
total_bytes = 0


def fetch(url):
    time.sleep(URLS[url] / 100000)  # pretend network latency
    return URLS[url]


def main():
    global total_bytes
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as executor:
        future_to_url = {executor.submit(fetch, url): url for url in URLS}
        for future in as_completed(future_to_url):
            url = future_to_url[future]
            try:
                size = future.result()
            except Exception as exc:
                print(f"{url} generated an exception: {exc}")
            else:
                pages[url] = size
                total_bytes += size
                print(f"{url} page is {size} bytes")
    print(f"fetched {len(pages)} pages, {total_bytes} bytes in {time.perf_counter() - start:.3f}s")


if __name__ == "__main__":
    main()

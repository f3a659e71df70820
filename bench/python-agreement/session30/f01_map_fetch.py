import time
from concurrent.futures import ThreadPoolExecutor

PAGES = {
    "home": 120,
    "about": 45,
    "blog": 300,
    "contact": 12,
}


def fetch(page):
    time.sleep(0.002)  # network latency
    return page, PAGES[page]


def word_count(size):
    return size // 6


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        pages = list(pool.map(fetch, PAGES))
    sizes = {name: size for name, size in pages}
    words = {name: word_count(size) for name, size in sizes.items()}
    biggest = max(sizes, key=sizes.get)
    print("sizes:", sizes)
    print("words:", words, "biggest:", biggest)
    print("total:", sum(sizes.values()))


if __name__ == "__main__":
    main()

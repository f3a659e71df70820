"""A download's result feeds a parse job submitted to the same pool."""
from concurrent.futures import ThreadPoolExecutor

PAGES = {"home": "a b c", "about": "d e", "blog": "f g h i"}


def download(page):
    return PAGES[page]


def count_words(text):
    return len(text.split())


word_counts = {}

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        for page in PAGES:
            download_future = pool.submit(download, page)
            text = download_future.result()
            parse_future = pool.submit(count_words, text)
            word_counts[page] = parse_future.result()
    total_words = sum(word_counts.values())
    assert total_words == 9

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
        downloads = [(page, pool.submit(download, page)) for page in PAGES]
        parses = [(page, pool.submit(count_words, fut.result())) for page, fut in downloads]
        for page, fut in parses:
            word_counts[page] = fut.result()
    total_words = sum(word_counts.values())
    assert total_words == 9

# BUG: lost update: pool jobs add their page counts to a module-level total with an unguarded
# read-then-write (a sleep between the read and the write lets another job interleave).
import time
from concurrent.futures import ThreadPoolExecutor

pages_total = 0
books_done = 0
BOOKS = {"dune": 412, "emma": 474, "ulysses": 730}


def tally(title):
    global pages_total, books_done
    seen = pages_total
    time.sleep(0.001)  # fetch the page count from the catalogue
    pages_total = seen + BOOKS[title]
    books_done += 1
    return title.upper()


with ThreadPoolExecutor(max_workers=3) as executor:
    titles = list(executor.map(tally, BOOKS))

expected = sum(BOOKS.values())
print(f"pages_total={pages_total} expected={expected} books={books_done} titles={titles}")
assert pages_total == expected, "lost a book's pages"

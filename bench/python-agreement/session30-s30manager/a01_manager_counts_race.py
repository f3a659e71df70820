# BUG: `hits[page] += 1` through a Manager dict proxy is a read and a write, two round trips, so two processes lose an update.
"""Processes count page hits in a Manager dict; the pages are a list display made inside the manager's with."""
import multiprocessing


def visit(page, hits):
    hits[page] += 1


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        hits = manager.dict({"home": 0, "about": 0})
        visits = ["home", "about", "home"]
        workers = [multiprocessing.Process(target=visit, args=(page, hits)) for page in visits]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        home = hits["home"]
        about = hits["about"]
    print(home, about)
    assert home == 2 and about == 1

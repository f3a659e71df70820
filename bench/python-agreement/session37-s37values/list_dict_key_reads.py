# A module dict display of lists walked by .items() to start processes, beside reads of its keys only:
# `{s: 0 for s in SITES}`, `len(SITES)`, `"news" in SITES`. Each process puts its sizes on a queue.
import multiprocessing as mp

SITES = {"news": [3, 4], "blog": [5], "shop": [1, 1, 1]}


def crawl(site, sizes, out):
    out.put((site, sum(sizes)))


if __name__ == "__main__":
    out = mp.Queue()
    procs = [mp.Process(target=crawl, args=(s, sizes, out)) for s, sizes in SITES.items()]
    for p in procs:
        p.start()
    totals = {s: 0 for s in SITES}
    for _ in range(len(SITES)):
        site, size = out.get()
        totals[site] += size
    for p in procs:
        p.join()
    has_news = "news" in SITES
    print(totals, has_news)

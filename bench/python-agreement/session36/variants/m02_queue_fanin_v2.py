# Fan-in over a multiprocessing.Queue: three crawler processes each put the page sizes they fetched and
# VARIANT: the dict of lists written as a list of (site, sizes) pairs (16:86)
# VARIANT v2: one Process per site written out (17:86)
# then a sentinel; the parent reads until it has seen one sentinel per crawler.
import multiprocessing as mp

SITES = [("news", [120, 80]), ("blog", [45]), ("shop", [300, 20, 10])]


def crawl(site, sizes, out):
    for size in sizes:
        out.put((site, size))
    out.put((site, None))


if __name__ == "__main__":
    out = mp.Queue()
    crawlers = [
        mp.Process(target=crawl, args=("news", [120, 80], out)),
        mp.Process(target=crawl, args=("blog", [45], out)),
        mp.Process(target=crawl, args=("shop", [300, 20, 10], out)),
    ]
    for c in crawlers:
        c.start()
    finished = 0
    per_site = {site: 0 for site, _ in SITES}
    pages = 0
    while finished < len(crawlers):
        site, size = out.get()
        if size is None:
            finished += 1
        else:
            per_site[site] += size
            pages += 1
    for c in crawlers:
        c.join()
    total_bytes = sum(per_site.values())
    print(f"per_site={per_site} pages={pages} total={total_bytes}")

# BUG: processes do `stats["hits"] += 1` on a Manager dict: the read and the write are two proxy calls, so hits are lost
import multiprocessing as mp


def visit(stats, pages, page_log):
    for page in pages:
        stats["hits"] += 1
        page_log.append(page)


if __name__ == "__main__":
    with mp.Manager() as manager:
        stats = manager.dict({"hits": 0})
        page_log = manager.list()
        batches = [["/a", "/b", "/c"], ["/d", "/e", "/f"]]
        procs = [mp.Process(target=visit, args=(stats, batch, page_log)) for batch in batches]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        hits = stats["hits"]
        logged = len(page_log)
    print(f"hits={hits} logged={logged}")
    assert hits == logged, f"lost hits: {hits} of {logged}"

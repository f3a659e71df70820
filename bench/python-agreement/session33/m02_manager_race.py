# BUG: lost update: stats[key] += 1 on a Manager dict is a separate get and set, so two processes can overwrite each other's hit
import multiprocessing as mp


def record_hits(stats, pages):
    for page in pages:
        stats[page] += 1


if __name__ == "__main__":
    with mp.Manager() as manager:
        stats = manager.dict({"/home": 0, "/cart": 0})
        workers = [
            mp.Process(target=record_hits, args=(stats, ["/home", "/cart"])),
            mp.Process(target=record_hits, args=(stats, ["/home"])),
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        final = dict(stats)
    print("hits", final, "home expected 2 got", final["/home"])

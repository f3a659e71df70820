# A Process changes a global: the parent's copy is unchanged (fork copies memory).
import multiprocessing

log = []

hits = [0]


def bump():
    hits[0] += 5


if __name__ == "__main__":
    p = multiprocessing.Process(target=bump)
    p.start()
    p.join()
    log.append(hits[0])
    log.append(p.exitcode)
    print(log)

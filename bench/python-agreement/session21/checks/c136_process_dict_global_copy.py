# a child process writes its own copy of a global dict; the parent keeps its own
from multiprocessing import Process

stats = {"hits": 0}


def work():
    stats["hits"] = 10


if __name__ == "__main__":
    p = Process(target=work)
    p.start()
    p.join()
    hits = stats["hits"]
    print(hits)

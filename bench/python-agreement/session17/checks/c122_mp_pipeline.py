# no bug: a two-stage multiprocessing pipeline: a parser process feeds a summer process through a Queue, ending with a sentinel
import multiprocessing as mp


def parser(raw, out):
    for line in raw:
        out.put(int(line))
    out.put(None)


def summer(inbox, total):
    while True:
        item = inbox.get()
        if item is None:
            break
        with total.get_lock():
            total.value += item


if __name__ == "__main__":
    q = mp.Queue()
    total = mp.Value("i", 0)
    stages = [mp.Process(target=parser, args=(["4", "5", "6"], q)), mp.Process(target=summer, args=(q, total))]
    for s in stages:
        s.start()
    for s in stages:
        s.join()
    grand_total = total.value
    print("total:", grand_total)
    assert grand_total == 15

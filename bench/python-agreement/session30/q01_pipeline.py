import queue
import threading

STOP = None


def reader(out_q, lines):
    for line in lines:
        out_q.put(line)
    out_q.put(STOP)


def parser(in_q, out_q):
    while True:
        line = in_q.get()
        if line is STOP:
            out_q.put(STOP)
            break
        key, _, value = line.partition("=")
        out_q.put((key.strip(), int(value)))


def aggregator(in_q, totals):
    while True:
        record = in_q.get()
        if record is STOP:
            break
        key, value = record
        totals[key] = totals.get(key, 0) + value


def main():
    lines = ["a = 1", "b = 2", "a = 3", "c = 4", "b = 5"]
    raw_q = queue.Queue()
    parsed_q = queue.Queue(maxsize=2)
    totals = {}
    stages = [
        threading.Thread(target=reader, args=(raw_q, lines)),
        threading.Thread(target=parser, args=(raw_q, parsed_q)),
        threading.Thread(target=aggregator, args=(parsed_q, totals)),
    ]
    for stage in stages:
        stage.start()
    for stage in stages:
        stage.join()
    print("totals:", dict(sorted(totals.items())))
    print("queues empty:", raw_q.empty() and parsed_q.empty())


if __name__ == "__main__":
    main()

"""Two producers tag their jobs with a shared itertools.count() inside the tuple they put on a PriorityQueue."""
import itertools
import queue
import threading

jobs = queue.PriorityQueue()
sequence = itertools.count(1)


def produce(priority, names):
    for name in names:
        jobs.put((priority, next(sequence), name))


if __name__ == "__main__":
    producers = [
        threading.Thread(target=produce, args=(2, ["b1", "b2"])),
        threading.Thread(target=produce, args=(1, ["a1", "a2"])),
    ]
    for producer in producers:
        producer.start()
    for producer in producers:
        producer.join()
    order = []
    tags = []
    while not jobs.empty():
        priority, tag, name = jobs.get()
        order.append(name)
        tags.append(tag)
    assert sorted(tags) == [1, 2, 3, 4], tags
    print(order[0], order[2], tags[0], tags[1])

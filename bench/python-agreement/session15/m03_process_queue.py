# no bug: worker processes send their partial sums back through a multiprocessing.Queue
import multiprocessing


def partial_sum(numbers, out):
    out.put(sum(numbers))


grand_total = 0

if __name__ == "__main__":
    out = multiprocessing.Queue()
    chunks = [[1, 2, 3], [4, 5], [6]]
    workers = [multiprocessing.Process(target=partial_sum, args=(chunk, out)) for chunk in chunks]
    for w in workers:
        w.start()
    for _ in chunks:
        grand_total += out.get()
    for w in workers:
        w.join()
    assert grand_total == 21

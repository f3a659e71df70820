"""Results drained with `while not q.empty()` right after the producer's puts: items still in the feeder are missed."""
import multiprocessing

if __name__ == "__main__":
    results = multiprocessing.Queue()
    for n in range(3):
        results.put(n * n)
    drained = []
    while not results.empty():
        drained.append(results.get())
    count = len(drained)
    print(count, drained)

import multiprocessing as mp


def count_words(text, counts, lock):
    for word in text.split():
        with lock:
            counts[word] = counts.get(word, 0) + 1


if __name__ == "__main__":
    docs = ["red blue red", "blue green", "red green green"]
    with mp.Manager() as manager:
        counts = manager.dict()
        lock = manager.Lock()
        procs = [mp.Process(target=count_words, args=(doc, counts, lock)) for doc in docs]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        result = (counts["blue"], counts["green"], counts["red"])
        total = sum(counts.values())
    print(result, "total", total, "exit codes", [p.exitcode for p in procs])

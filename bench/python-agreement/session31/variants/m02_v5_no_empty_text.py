# Worker processes read jobs from a multiprocessing.Queue and send (job, result) back on another queue
import multiprocessing as mp


def word_stats(text):
    words = text.split()
    longest = 0
    for w in words:
        longest = max(longest, len(w))
    return len(words), longest


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        index, text = job
        count, longest = word_stats(text)
        results.put((index, count, longest))


if __name__ == "__main__":
    texts = [
        "the quick brown fox",
        "jumps over",
        "the lazy dog again and again",
    ]
    jobs = mp.Queue()
    results = mp.Queue()
    procs = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for p in procs:
        p.start()
    for index, text in enumerate(texts):
        jobs.put((index, text))
    for _ in procs:
        jobs.put(None)
    collected = {}
    for _ in texts:
        index, words, longest = results.get()
        collected[index] = (words, longest)
    for p in procs:
        p.join()
    total_words = sum(s[0] for s in collected.values())
    longest = max(s[1] for s in collected.values())
    print("total_words:", total_words, "longest:", longest)
    print("exit codes:", [p.exitcode for p in procs])

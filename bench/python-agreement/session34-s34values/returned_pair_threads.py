# A function starts workers that append to a list it made, joins them, and returns the list with a count;
# it is called twice, and the caller unpacks each pair. The lists are each call's own.
import threading

lock = threading.Lock()
done = 0


def work(results, n):
    global done
    results.append(n * n)
    with lock:
        done += 1


def run_round(values):
    results = []
    threads = [threading.Thread(target=work, args=(results, v)) for v in values]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, len(values)


first, first_count = run_round([1, 2])
second, second_count = run_round([3])
total = sum(first) + sum(second)
print(first, second, first_count, second_count, total, done)

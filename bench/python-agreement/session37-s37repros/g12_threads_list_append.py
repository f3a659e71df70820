"""A list of threads handed to a function that starts one more and appends it; the caller joins them all."""
import threading

counter = [0]
done = []


def work(n):
    done.append(n)


def spawn(threads, n):
    t = threading.Thread(target=work, args=(n,))
    t.start()
    threads.append(t)


def main():
    threads = []
    spawn(threads, 0)
    spawn(threads, 1)
    for t in threads:
        t.join()
    done.append(len(threads))


main()
print(sorted(done))

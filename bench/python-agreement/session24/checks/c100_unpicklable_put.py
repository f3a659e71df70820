# BUG: an object holding a Lock cannot be pickled: multiprocessing.Queue.put() returns, the feeder thread
# fails to pickle it (TypeError printed, item dropped), and the consumer process waits forever
import multiprocessing
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


def consume(q, done):
    account = q.get()
    done.value = account.balance


if __name__ == "__main__":
    q = multiprocessing.Queue()
    done = multiprocessing.Value("i", 0)
    p = multiprocessing.Process(target=consume, args=(q, done))
    p.start()
    q.put(Account(100))
    p.join()
    print(done.value)

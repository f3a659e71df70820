import threading, queue

class Pipeline:
    def __init__(self):
        self.q = queue.Queue()
        self.total = 0
        self.lock = threading.Lock()

    def producer(self, n):
        for i in range(n):
            self.q.put(i)
        self.q.put(None)

    def consumer(self):
        while True:
            item = self.q.get()
            if item is None:
                break
            with self.lock:
                self.total += item

def main():
    p = Pipeline()
    t1 = threading.Thread(target=p.producer, args=(4,))
    t2 = threading.Thread(target=p.consumer)
    t1.start(); t2.start()
    t1.join(); t2.join()
    print(p.total)

if __name__ == "__main__":
    main()

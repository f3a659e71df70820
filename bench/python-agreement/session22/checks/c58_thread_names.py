import threading

names = []
lock = threading.Lock()


def worker():
    with lock:
        names.append(threading.current_thread().name)


class Job(threading.Thread):
    def run(self):
        with lock:
            names.append(self.name)


threads = [threading.Thread(target=worker), threading.Thread(target=worker, name="custom"), Job()]
for t in threads:
    t.start()
for t in threads:
    t.join()
names.sort()
main_name = threading.current_thread().name
print(names, main_name)

"""A dropped method call: `return int(text.strip())` in a class."""
import threading

caught = []
done = []


class Parser:
    def parse(self, text):
        return int(text.strip())


parser = Parser()


def worker(text):
    try:
        parser.parse(text)
        done.append(text)
    except ValueError:
        caught.append(text)


threads = [threading.Thread(target=worker, args=(t,)) for t in (" 7 ", "x")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(caught), sorted(done))

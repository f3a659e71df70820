# ordered
# len, slicing, indexing and case of non-ASCII strings computed in a thread.
import threading

log = []


def work(city, word):
    log.append(len(city))
    log.append(city[1:3])
    log.append(city[-1])
    log.append(word.upper())
    log.append(city.find("r"))
    log.append(f"{city:>8}|")


t = threading.Thread(target=work, args=("Zürich", "straße"))
t.start()
t.join()
print(log)

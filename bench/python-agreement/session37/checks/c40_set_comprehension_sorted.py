import threading

words = ["Apple", "apple", "Pear", "fig", "PEAR"]
log = []


def distinct_lower():
    unique = {w.lower() for w in words}
    log.extend(sorted(unique))
    log.append(len(unique))


t = threading.Thread(target=distinct_lower)
t.start()
t.join()
print(log)  # ordered

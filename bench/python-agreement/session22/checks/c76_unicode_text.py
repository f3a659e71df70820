import threading

out = []


def worker(word):
    out.append(len(word))
    out.append(word[1:3])
    out.append(word.upper())
    out.append(word[::-1])
    out.append(f"{word:>8}|")
    out.append(word.center(9, "-"))
    out.append(str(word.find("é")))
    out.append(word.title())


t = threading.Thread(target=worker, args=("héllo ßtraße",))
t.start()
t.join()
print(out)

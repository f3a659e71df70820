import threading

out = []


def work(word):
    out.append(len(word))
    out.append(word.upper())
    out.append(word[1])
    out.append(word[-2:])
    out.append(word.find("l"))
    out.append(word.center(9, "*"))
    out.append(f"{word:>8}|")


t = threading.Thread(target=work, args=("héllo",))
t.start()
t.join()
print(out)

import threading

out = []


def work(word):
    out.append(word.upper())
    out.append(word.title())
    out.append(word.lower())
    out.append(word.swapcase())
    out.append(len(word.upper()))


t = threading.Thread(target=work, args=("straße ǅemo they're",))
t.start()
t.join()
print(out)

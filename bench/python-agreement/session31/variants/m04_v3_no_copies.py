# A Manager dict shared by worker processes counts words per document; a Manager lock guards each update
from multiprocessing import Manager, Process

DOCS = {
    "a": "to be or not to be",
    "b": "be quick",
    "c": "not now",
}


def count_words(doc_id, text, totals, per_doc, lock):
    words = text.split()
    per_doc[doc_id] = len(words)
    for w in words:
        with lock:
            totals[w] = totals.get(w, 0) + 1


if __name__ == "__main__":
    with Manager() as manager:
        totals = manager.dict()
        per_doc = manager.dict()
        lock = manager.Lock()
        procs = [
            Process(target=count_words, args=(doc_id, text, totals, per_doc, lock))
            for doc_id, text in DOCS.items()
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        be = totals["be"]
        words_a = per_doc["a"]
    print("be:", be, "words in a:", words_a)

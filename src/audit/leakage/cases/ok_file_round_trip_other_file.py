# leakage: none
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
raw = pd.read_csv("measurements.csv")
raw["width"] = raw["width"].fillna(raw["width"].mean())
raw.to_csv("measurements-filled.csv", index=False)
clean = pd.read_csv("measurements-dropped.csv")
X_train, X_test, y_train, y_test = train_test_split(clean[["length", "width"]], clean["kind"], random_state=0)
knn = KNeighborsClassifier()
knn.fit(X_train, y_train)
print(knn.score(X_test, y_test))

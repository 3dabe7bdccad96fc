# leakage: preprocessing@11
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
df = pd.read_csv("social_ads.csv")
X, y = df[["Age", "Salary"]], df["Purchased"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)
classifier = SVC(kernel="rbf", random_state=0).fit(X_train, y_train)
print(classifier.score(X_test, y_test))

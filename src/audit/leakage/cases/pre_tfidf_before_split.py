# leakage: preprocessing@7
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
reviews = pd.read_csv("reviews.csv")
vectors = TfidfVectorizer(min_df=2).fit_transform(reviews["text"])
X_train, X_test, y_train, y_test = train_test_split(vectors, reviews["sentiment"], random_state=0)
lr = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print(lr.score(X_test, y_test))
